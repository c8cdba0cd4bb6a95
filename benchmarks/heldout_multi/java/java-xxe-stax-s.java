import java.io.InputStream;
import javax.ws.rs.*;
import javax.xml.stream.*;

@Path("/catalog")
public class CatalogResource {
    @POST
    @Consumes("application/xml")
    public String count(InputStream body) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = factory.createXMLStreamReader(body);
        int items = 0;
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && "item".equals(reader.getLocalName())) items++;
        }
        return String.valueOf(items);
    }
}
