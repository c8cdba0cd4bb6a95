package main

import (
	"os/exec"
	"path/filepath"
	"regexp"

	"github.com/gin-gonic/gin"
)

var sizeRe = regexp.MustCompile(`^\d{2,4}x\d{2,4}$`)

func ffmpegCmd(in, size string) *exec.Cmd {
	name := filepath.Base(in)
	return exec.Command("ffmpeg", "-i", "videos/"+name, "-s", size, "out/"+name)
}

func main() {
	r := gin.Default()
	r.POST("/resize", func(c *gin.Context) {
		if !sizeRe.MatchString(c.PostForm("size")) {
			c.String(400, "bad size")
			return
		}
		cmd := ffmpegCmd(c.PostForm("file"), c.PostForm("size"))
		if err := cmd.Run(); err != nil {
			c.String(500, "failed")
			return
		}
		c.String(200, "done")
	})
	r.Run()
}
