import ast


def calculator():
    while True:
        expr = input("values> ")
        if expr == "quit":
            break
        print(ast.literal_eval(expr))


calculator()
