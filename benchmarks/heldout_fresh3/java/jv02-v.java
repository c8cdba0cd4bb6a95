import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface ProductMapper {

    record Product(long id, String name, String category, int priceCents) {}

    // Search products by name fragment within a category, used by the shop search box.
    @Select("SELECT id, name, category, price_cents FROM products "
            + "WHERE category = #{category} AND name LIKE '%${term}%' ORDER BY name LIMIT 50")
    List<Product> search(@Param("category") String category, @Param("term") String term);

    @Select("SELECT id, name, category, price_cents FROM products WHERE id = #{id}")
    Product findById(@Param("id") long id);
}
