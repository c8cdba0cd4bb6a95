import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.web.bind.annotation.*;

@RestController
public class EventController {
    private final ObjectMapper mapper = new ObjectMapper();

    public EventController() {
        mapper.enableDefaultTyping();
    }

    @PostMapping("/events")
    public String receive(@RequestBody String body) throws Exception {
        Object event = mapper.readValue(body, Object.class);
        return event.getClass().getSimpleName();
    }
}
