module gowalk

go 1.26
