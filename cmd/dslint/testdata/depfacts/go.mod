module example.com/depfacts

go 1.26.0
