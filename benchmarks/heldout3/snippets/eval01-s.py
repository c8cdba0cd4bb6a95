import ast
import operator

OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
       ast.Div: operator.truediv, ast.USub: operator.neg}


def _eval(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](_eval(node.left), _eval(node.right))
    if isinstance(node, ast.UnaryOp) and type(node.op) in OPS:
        return OPS[type(node.op)](_eval(node.operand))
    raise ValueError("unsupported expression")


def calculate(expression):
    try:
        return _eval(ast.parse(expression, mode="eval").body)
    except (SyntaxError, ZeroDivisionError, ValueError) as exc:
        return f"error: {exc}"


if __name__ == "__main__":
    while True:
        line = input("calc> ")
        if line in ("quit", "exit"):
            break
        print(calculate(line))
