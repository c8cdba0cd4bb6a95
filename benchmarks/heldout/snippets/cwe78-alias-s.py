from subprocess import run as sh_run

pattern = input("search for: ")
result = sh_run(["grep", "-n", "--", pattern, "app.log"], capture_output=True, text=True)
print(result.stdout)
