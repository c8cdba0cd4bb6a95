package main

import (
	"net/http"
	"regexp"
	"strings"

	"github.com/gin-gonic/gin"
)

type CacheAdmin struct {
	cache interface {
		Keys() []string
		Delete(key string)
	}
}

// DELETE /cache?match=product-*   — lets a tenant purge its own cached pages.
// Keys look like "<tenant>:<page-key>"; '*' in the pattern is a wildcard, everything else is literal.
func (a *CacheAdmin) Purge(c *gin.Context) {
	tenant := c.GetString("tenant") // set by the auth middleware
	parts := strings.Split(c.Query("match"), "*")
	for i, p := range parts {
		parts[i] = regexp.QuoteMeta(p)
	}
	re, err := regexp.Compile("^" + regexp.QuoteMeta(tenant) + ":" + strings.Join(parts, "[^:]*") + "$")
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "bad pattern"})
		return
	}
	purged := 0
	for _, k := range a.cache.Keys() {
		if re.MatchString(k) {
			a.cache.Delete(k)
			purged++
		}
	}
	c.JSON(http.StatusOK, gin.H{"purged": purged})
}
