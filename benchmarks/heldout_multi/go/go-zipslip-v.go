package unpack

import (
	"archive/zip"
	"io"
	"os"
	"path/filepath"
)

func Extract(archive, dest string) error {
	r, err := zip.OpenReader(archive)
	if err != nil {
		return err
	}
	defer r.Close()
	for _, f := range r.File {
		target := filepath.Join(dest, f.Name)
		os.MkdirAll(filepath.Dir(target), 0o755)
		src, err := f.Open()
		if err != nil {
			return err
		}
		out, err := os.Create(target)
		if err != nil {
			src.Close()
			return err
		}
		io.Copy(out, src)
		out.Close()
		src.Close()
	}
	return nil
}
