import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.web.bind.annotation.*;

@RestController
public class RuleController {
    private final ExpressionParser parser = new SpelExpressionParser();

    @GetMapping("/rule")
    public Object evaluate(@RequestParam String expr) {
        SimpleEvaluationContext ctx = SimpleEvaluationContext.forReadOnlyDataBinding().build();
        return parser.parseExpression(expr).getValue(ctx);
    }
}
