package metrics

import (
	"bytes"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"net/http"
	"os"
	"time"
)

// Pusher sends batched metrics to the central collector over HTTPS.
type Pusher struct {
	Endpoint string
	Token    string
	client   *http.Client
}

// NewPusher trusts the collector's private CA (PEM file) in addition to nothing else.
func NewPusher(endpoint, token, caFile string) (*Pusher, error) {
	pem, err := os.ReadFile(caFile)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		return nil, fmt.Errorf("no certificates in %s", caFile)
	}
	tr := &http.Transport{
		TLSClientConfig:     &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12},
		MaxIdleConnsPerHost: 4,
	}
	return &Pusher{Endpoint: endpoint, Token: token, client: &http.Client{Transport: tr, Timeout: 15 * time.Second}}, nil
}

func (p *Pusher) Push(payload []byte) error {
	req, err := http.NewRequest(http.MethodPost, p.Endpoint, bytes.NewReader(payload))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+p.Token)
	req.Header.Set("Content-Type", "application/x-protobuf")
	resp, err := p.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("collector returned %s", resp.Status)
	}
	return nil
}
