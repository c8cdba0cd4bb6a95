import java.io.File;
import javax.ws.rs.*;
import javax.ws.rs.core.Response;

@Path("/templates")
public class TemplateResource {
    @GET
    public Response get(@QueryParam("name") String name) {
        File f = new File("/opt/app/templates/" + name);
        return Response.ok(f).build();
    }
}
