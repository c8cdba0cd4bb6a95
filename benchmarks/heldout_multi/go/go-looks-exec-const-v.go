package main

import (
	"fmt"
	"os"
	"os/exec"
)

func main() {
	repo := os.Args[1]
	out, _ := exec.Command("sh", "-c", "cd "+repo+" && git log --oneline -5").Output()
	fmt.Print(string(out))
}
