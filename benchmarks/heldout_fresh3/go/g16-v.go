package metrics

import (
	"bytes"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type Pusher struct {
	endpoint string
	token    string
	client   *http.Client
}

// NewPusher builds a client for the internal metrics gateway (self-signed cert in staging).
func NewPusher(endpoint, token string) *Pusher {
	tr := &http.Transport{
		TLSClientConfig:     &tls.Config{InsecureSkipVerify: true},
		MaxIdleConnsPerHost: 4,
	}
	return &Pusher{endpoint: endpoint, token: token, client: &http.Client{Transport: tr, Timeout: 5 * time.Second}}
}

func (p *Pusher) Push(series map[string]float64) error {
	body, _ := json.Marshal(series)
	req, _ := http.NewRequest(http.MethodPost, p.endpoint+"/v1/push", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+p.token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("push failed: %s", resp.Status)
	}
	return nil
}
