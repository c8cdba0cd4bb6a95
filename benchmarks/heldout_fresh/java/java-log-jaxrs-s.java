package com.example.search;

import java.util.List;
import java.util.logging.Logger;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;

@Path("/search")
public class SearchResource {
    private static final Logger LOG = Logger.getLogger(SearchResource.class.getName());

    private static String forLog(String value) {
        return value == null ? "-" : value.replaceAll("[\\r\\n\\t\\p{Cntrl}]", "_");
    }

    @GET
    @Produces("application/json")
    public List<String> search(@QueryParam("q") String q, @QueryParam("user") String user) {
        LOG.info("search user=" + forLog(user) + " q=" + forLog(q));
        return SearchIndex.query(q);
    }
}
