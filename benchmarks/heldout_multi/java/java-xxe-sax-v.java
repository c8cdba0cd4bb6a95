import javax.xml.parsers.SAXParserFactory;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

@RestController
public class CountController {
    @PostMapping("/count")
    public int count(@RequestParam MultipartFile file) throws Exception {
        int[] n = {0};
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.newSAXParser().parse(file.getInputStream(), new DefaultHandler() {
            @Override
            public void startElement(String u, String l, String q, Attributes a) { if (q.equals("entry")) n[0]++; }
        });
        return n[0];
    }
}
