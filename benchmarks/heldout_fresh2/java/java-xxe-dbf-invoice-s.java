import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

@RestController
public class InvoiceUploadController {

    @PostMapping("/invoices/upload")
    public String upload(@RequestParam("file") MultipartFile file) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        dbf.setXIncludeAware(false);
        dbf.setExpandEntityReferences(false);
        DocumentBuilder builder = dbf.newDocumentBuilder();
        try (InputStream in = file.getInputStream()) {
            Document doc = builder.parse(in);
            Element root = doc.getDocumentElement();
            String number = root.getElementsByTagName("number").item(0).getTextContent();
            String total = root.getElementsByTagName("total").item(0).getTextContent();
            return "Imported invoice " + number + " (total " + total + ")";
        }
    }
}
