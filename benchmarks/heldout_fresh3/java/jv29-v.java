import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

@Path("/ops/proc")
public class ProcessInfoResource {

    @GET
    @Produces("text/plain")
    public Response memory(@QueryParam("pid") String pid) throws IOException, InterruptedException {
        if (pid == null || pid.isBlank()) {
            return Response.status(400).entity("pid required").build();
        }
        Process p = Runtime.getRuntime().exec(new String[] {"sh", "-c", "ps -o rss=,comm= -p " + pid});
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return Response.ok(out.isBlank() ? "no such process" : out.trim()).build();
    }
}
