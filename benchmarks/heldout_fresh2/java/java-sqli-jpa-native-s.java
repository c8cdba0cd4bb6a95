import java.util.List;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Repository;

@Repository
public class InvoiceRepository {
    @PersistenceContext
    private EntityManager em;

    @SuppressWarnings("unchecked")
    public List<Invoice> findByCustomerAndStatus(String customerCode, String status) {
        String q = "SELECT * FROM invoices WHERE customer_code = :customer"
                + " AND status = :status ORDER BY issued_at DESC";
        return em.createNativeQuery(q, Invoice.class)
                .setParameter("customer", customerCode)
                .setParameter("status", status)
                .getResultList();
    }
}

// Called from: @GetMapping("/invoices") list(@RequestParam String customer, @RequestParam String status)
//   -> invoiceRepository.findByCustomerAndStatus(customer, status)
