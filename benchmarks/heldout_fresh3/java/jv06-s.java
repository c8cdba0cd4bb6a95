import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/sync/cart")
public class CartSyncResource {

    private static final ObjectInputFilter CART_ONLY = ObjectInputFilter.Config.createFilter(
            "maxdepth=5;maxrefs=1000;maxbytes=262144;ShoppingCart;CartLine;java.util.ArrayList;!*");

    private final CartStore store;

    public CartSyncResource(CartStore store) {
        this.store = store;
    }

    // The desktop client uploads its serialized ShoppingCart so it can be restored on the server.
    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public Response upload(InputStream body) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(body)) {
            in.setObjectInputFilter(CART_ONLY);
            Object obj = in.readObject();
            if (!(obj instanceof ShoppingCart cart)) {
                return Response.status(400).entity("not a cart").build();
            }
            store.save(cart);
            return Response.ok().build();
        }
    }
}
