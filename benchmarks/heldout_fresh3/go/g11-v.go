package web

import (
	"html/template"
	"net/http"

	"github.com/gin-gonic/gin"
)

type Profile struct {
	Handle string
	Bio    string // free text the user entered on the settings page
}

type ProfileStore interface {
	ByHandle(handle string) (*Profile, error)
}

func RegisterProfilePage(r *gin.Engine, store ProfileStore) {
	r.SetHTMLTemplate(template.Must(template.New("profile").Parse(
		`<html><body><h1>@{{.Handle}}</h1><div class="bio">{{.Bio}}</div></body></html>`)))

	r.GET("/@:handle", func(c *gin.Context) {
		p, err := store.ByHandle(c.Param("handle"))
		if err != nil {
			c.String(http.StatusNotFound, "no such user")
			return
		}
		c.HTML(http.StatusOK, "profile", gin.H{
			"Handle": p.Handle,
			"Bio":    template.HTML(p.Bio),
		})
	})
}
