def calculator():
    while True:
        expr = input("calc> ")
        if expr == "quit":
            break
        print(eval(expr))


calculator()
