package store

import (
	"bytes"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// ApplicationID marks a factdesk file in the SQLite header
// (PRAGMA application_id): the bytes "FDSK".
const ApplicationID = 0x4644534b

// sqliteMagic starts every SQLite database file.
const sqliteMagic = "SQLite format 3\x00"

// fileInfo is what probe learns about a database file before anything
// opens it for writing.
type fileInfo struct {
	exists      bool  // the file is there
	empty       bool  // it has no bytes or no schema: a new database
	appID       int32 // PRAGMA application_id
	userVersion int32 // PRAGMA user_version
}

// probe inspects path without changing it and refuses files factdesk must
// not touch. Without a -wal file the 100-byte header is authoritative and
// is read directly; with one (another process may have the file open) the
// header can be stale, so a read-only connection asks SQLite instead.
func probe(path string) (fileInfo, error) {
	st, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return fileInfo{empty: true}, checkDirWritable(path)
	}
	if err != nil {
		return fileInfo{}, fmt.Errorf("%s: %w", path, err)
	}
	if st.IsDir() {
		return fileInfo{}, fmt.Errorf("%s is a folder, not a database file: %w", path, ErrNotDatabase)
	}
	info := fileInfo{exists: true}
	if st.Size() == 0 {
		info.empty = true
	} else {
		if info, err = readHeader(path, st.Size()); err != nil {
			return fileInfo{}, err
		}
		if _, err := os.Stat(path + "-wal"); err == nil {
			if info, err = queryHeader(path); err != nil {
				return fileInfo{}, err
			}
		}
	}
	if err := refuse(path, info); err != nil {
		return fileInfo{}, err
	}
	if err := checkWritable(path, st); err != nil {
		return fileInfo{}, err
	}
	return info, nil
}

// refuse returns the error for a file that belongs to someone else or to a
// newer factdesk.
func refuse(path string, info fileInfo) error {
	switch {
	case info.appID == ApplicationID && int(info.userVersion) > len(migrations):
		return fmt.Errorf("%s has schema version %d, this factdesk knows %d: %w",
			path, info.userVersion, len(migrations), ErrNewer)
	case info.appID == ApplicationID:
		return nil
	case info.appID != 0:
		return fmt.Errorf("%s (application_id %#x): %w", path, uint32(info.appID), ErrForeign)
	case !info.empty:
		return fmt.Errorf("%s has tables but no factdesk mark: %w", path, ErrForeign)
	}
	return nil
}

// readHeader reads the SQLite header of a non-empty file.
func readHeader(path string, size int64) (fileInfo, error) {
	f, err := os.Open(path)
	if err != nil {
		return fileInfo{}, fmt.Errorf("%s: %w", path, err)
	}
	defer f.Close()
	var h [100]byte
	if _, err := io.ReadFull(f, h[:]); err != nil || !bytes.HasPrefix(h[:], []byte(sqliteMagic)) {
		return fileInfo{}, fmt.Errorf("%s: %w", path, ErrNotDatabase)
	}
	pageSize := int64(binary.BigEndian.Uint16(h[16:18]))
	if pageSize == 1 {
		pageSize = 65536
	}
	if pageSize < 512 || pageSize&(pageSize-1) != 0 {
		return fileInfo{}, fmt.Errorf("%s: bad page size %d: %w", path, pageSize, ErrNotDatabase)
	}
	pages := int64(binary.BigEndian.Uint32(h[28:32]))
	if binary.BigEndian.Uint32(h[92:96]) != binary.BigEndian.Uint32(h[24:28]) || pages == 0 {
		pages = size / pageSize // the in-header size is stale; use the file's
	}
	return fileInfo{
		exists:      true,
		empty:       pages <= 1, // page 1 is the schema; any table needs a second page
		userVersion: int32(binary.BigEndian.Uint32(h[60:64])),
		appID:       int32(binary.BigEndian.Uint32(h[68:72])),
	}, nil
}

// queryHeader asks SQLite, through a read-only connection, for the values
// readHeader would read, for a file whose -wal may hold a newer header.
func queryHeader(path string) (fileInfo, error) {
	db, err := sql.Open(driverName, readDSN(path))
	if err != nil {
		return fileInfo{}, fmt.Errorf("%s: %w", path, err)
	}
	defer db.Close()
	info := fileInfo{exists: true}
	var tables int
	err = db.QueryRow(`SELECT (SELECT application_id FROM pragma_application_id),
		(SELECT user_version FROM pragma_user_version),
		(SELECT count(*) FROM sqlite_schema)`).Scan(&info.appID, &info.userVersion, &tables)
	if err != nil {
		return fileInfo{}, fmt.Errorf("%s: %w: %v", path, ErrNotDatabase, err)
	}
	info.empty = tables == 0
	return info, nil
}

// checkWritable refuses a file marked read-only or that cannot be opened
// for writing, and a folder in which SQLite could not create its -wal file.
// The mode bits are checked as well as access, so that a file the user
// marked read-only is respected even by an administrator.
func checkWritable(path string, st fs.FileInfo) error {
	if st.Mode().Perm()&0o200 == 0 {
		return fmt.Errorf("%s is marked read-only: %w", path, ErrReadOnly)
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return fmt.Errorf("%s: %w: %v", path, ErrReadOnly, err)
	}
	f.Close()
	return checkDirWritable(path)
}

// checkDirWritable reports ErrReadOnly when the folder of path does not
// accept new files.
func checkDirWritable(path string) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, ".factdesk-probe-*")
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("%s: folder %s does not exist", path, dir)
		}
		return fmt.Errorf("%s: folder %s is not writable: %w", path, dir, ErrReadOnly)
	}
	name := f.Name()
	f.Close()
	return os.Remove(name)
}
