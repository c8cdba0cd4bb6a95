import java.util.regex.Pattern;
import javax.ws.rs.*;

@Path("/highlight")
public class HighlightResource {
    private static final String DOC = "The quick brown fox jumps over the lazy dog";

    @GET
    public String highlight(@QueryParam("term") String term) {
        return Pattern.compile(term, Pattern.CASE_INSENSITIVE).matcher(DOC).replaceAll("[$0]");
    }
}
