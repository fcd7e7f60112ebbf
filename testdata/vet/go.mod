module example.com/vetdemo

go 1.26.0

require github.com/tracelint/tracelint v0.0.0

replace github.com/tracelint/tracelint => ../..
