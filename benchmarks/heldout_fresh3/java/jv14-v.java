import java.io.File;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

@RestController
public class LibraryCatalogController {
    private final Document catalog;

    public LibraryCatalogController() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        this.catalog = f.newDocumentBuilder().parse(new File("data/catalog.xml"));
    }

    @GetMapping("/books/by-author")
    public int countByAuthor(@RequestParam String author) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        String expr = "/catalog/book[author='" + author + "' and @public='true']";
        NodeList hits = (NodeList) xpath.evaluate(expr, catalog, XPathConstants.NODESET);
        return hits.getLength();
    }
}
