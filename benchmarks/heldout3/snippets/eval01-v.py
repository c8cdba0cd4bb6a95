def calculate(expression):
    try:
        return eval(expression)
    except (SyntaxError, ZeroDivisionError, NameError) as exc:
        return f"error: {exc}"


if __name__ == "__main__":
    while True:
        line = input("calc> ")
        if line in ("quit", "exit"):
            break
        print(calculate(line))
