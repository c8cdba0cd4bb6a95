package main

import (
	"fmt"
	"os/exec"
)

const repo = "/srv/app"

func main() {
	out, _ := exec.Command("sh", "-c", "cd "+repo+" && git log --oneline -5").Output()
	fmt.Print(string(out))
}
