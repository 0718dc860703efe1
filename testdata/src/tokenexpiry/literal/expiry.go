package literal

import "time"

func expiry(sec int64) time.Time { return time.Now().Add(time.Duration(sec) * time.Second) }
