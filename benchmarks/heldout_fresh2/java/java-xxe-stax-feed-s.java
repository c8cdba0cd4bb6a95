import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;

@Path("/feeds")
public class FeedImportResource {

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_XML)
    @Produces(MediaType.APPLICATION_JSON)
    public List<String> importFeed(InputStream body) throws Exception {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = factory.createXMLStreamReader(body);
        List<String> titles = new ArrayList<>();
        boolean inTitle = false;
        while (reader.hasNext()) {
            int ev = reader.next();
            if (ev == XMLStreamConstants.START_ELEMENT && "title".equals(reader.getLocalName())) {
                inTitle = true;
            } else if (ev == XMLStreamConstants.CHARACTERS && inTitle) {
                titles.add(reader.getText());
                inTitle = false;
            }
        }
        reader.close();
        return titles;
    }
}
