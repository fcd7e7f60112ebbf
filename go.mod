module github.com/tracelint/tracelint

go 1.26.0
