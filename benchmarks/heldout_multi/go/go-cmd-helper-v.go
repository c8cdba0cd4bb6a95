package main

import (
	"fmt"
	"os/exec"

	"github.com/gin-gonic/gin"
)

func ffmpegCmd(in, size string) *exec.Cmd {
	line := fmt.Sprintf("ffmpeg -i videos/%s -s %s out/%s", in, size, in)
	return exec.Command("/bin/bash", "-c", line)
}

func main() {
	r := gin.Default()
	r.POST("/resize", func(c *gin.Context) {
		cmd := ffmpegCmd(c.PostForm("file"), c.PostForm("size"))
		if err := cmd.Run(); err != nil {
			c.String(500, "failed")
			return
		}
		c.String(200, "done")
	})
	r.Run()
}
