from subprocess import run as sh_run

pattern = input("search for: ")
result = sh_run(f"grep -n {pattern} app.log", shell=True, capture_output=True, text=True)
print(result.stdout)
