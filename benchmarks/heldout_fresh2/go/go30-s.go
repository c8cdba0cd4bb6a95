package main

import (
	"context"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/gin-gonic/gin"
)

var gitHosts = map[string]bool{"github.com": true, "gitlab.com": true, "bitbucket.org": true}

type importReq struct {
	Repo string `json:"repo" binding:"required"`
}

// POST /projects/import {"repo": "https://github.com/org/project.git"}
func importProject(c *gin.Context) {
	var req importReq
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "repo required"})
		return
	}
	u, err := url.Parse(req.Repo)
	if err != nil || u.Scheme != "https" || u.User != nil || u.Port() != "" || !gitHosts[u.Host] {
		c.JSON(http.StatusBadRequest, gin.H{"error": "only https:// repositories on GitHub, GitLab or Bitbucket are supported"})
		return
	}
	dir, err := os.MkdirTemp("/srv/imports", "proj-")
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "server error"})
		return
	}
	ctx, cancel := context.WithTimeout(c.Request.Context(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "git", "-c", "protocol.allow=never", "-c", "protocol.https.allow=always",
		"clone", "--depth=1", "--", u.String(), dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		os.RemoveAll(dir)
		c.JSON(http.StatusUnprocessableEntity, gin.H{"error": "clone failed", "log": string(out)})
		return
	}
	c.JSON(http.StatusCreated, gin.H{"id": filepath.Base(dir)})
}

func main() {
	r := gin.Default()
	r.POST("/projects/import", importProject)
	r.Run(":8080")
}
