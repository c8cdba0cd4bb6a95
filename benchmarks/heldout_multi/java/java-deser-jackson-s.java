import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.web.bind.annotation.*;

@RestController
public class EventController {
    private final ObjectMapper mapper = new ObjectMapper();

    @PostMapping("/events")
    public String receive(@RequestBody String body) throws Exception {
        Map<?, ?> event = mapper.readValue(body, Map.class);
        return String.valueOf(event.get("type"));
    }
}
