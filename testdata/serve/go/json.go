package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// jsonTransform reads a JSON value from the body and answers
//
//	{"result": VALUE, "strings": S, "numbers": N}
//
// where VALUE is the input with every string value (not object keys)
// upper-cased (ASCII letters only), numbers kept as written, whitespace
// removed; S and N count the string values and numbers. Invalid JSON, or
// nesting deeper than 64, gets "Status: 400 Bad Request" and
// {"error": "..."}. The value is walked token by token (json.Decoder.Token
// with UseNumber), so object keys keep their order and numbers their text.
func jsonTransform(out *bufio.Writer) {
	in, _ := io.ReadAll(os.Stdin)
	var res bytes.Buffer
	var strs, nums int
	err := transform(in, &res, &strs, &nums)
	if err != nil {
		msg, _ := json.Marshal(err.Error())
		out.WriteString("Status: 400 Bad Request\nContent-Type: application/json\n\n{\"error\":")
		out.Write(msg)
		out.WriteString("}\n")
		return
	}
	out.WriteString("Content-Type: application/json\n\n{\"result\":")
	out.Write(res.Bytes())
	fmt.Fprintf(out, ",\"strings\":%d,\"numbers\":%d}\n", strs, nums)
}

func upperASCII(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return r - 32
		}
		return r
	}, s)
}

func transform(in []byte, res *bytes.Buffer, strs, nums *int) error {
	dec := json.NewDecoder(bytes.NewReader(in))
	dec.UseNumber()
	type frame struct {
		obj   bool
		n     int // tokens seen in this container
		isKey bool
	}
	var stack []frame
	wrote := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			if !wrote || len(stack) > 0 {
				return errors.New("unexpected end of input")
			}
			return nil
		}
		if err != nil {
			return err
		}
		if len(stack) == 0 && wrote {
			return errors.New("trailing data after the value")
		}
		// separators
		if d, ok := tok.(json.Delim); !ok || d == '{' || d == '[' {
			if len(stack) > 0 {
				top := &stack[len(stack)-1]
				if top.obj {
					top.isKey = top.n%2 == 0
					if top.n > 0 {
						if top.isKey {
							res.WriteByte(',')
						} else {
							res.WriteByte(':')
						}
					}
				} else if top.n > 0 {
					res.WriteByte(',')
				}
				top.n++
			}
		}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{', '[':
				if len(stack) >= 65 {
					return errors.New("nested too deeply")
				}
				stack = append(stack, frame{obj: t == '{'})
			default:
				stack = stack[:len(stack)-1]
			}
			res.WriteByte(byte(t))
		case string:
			key := len(stack) > 0 && stack[len(stack)-1].obj && stack[len(stack)-1].isKey
			if !key {
				t = upperASCII(t)
				*strs++
			}
			b, _ := json.Marshal(t)
			res.Write(b)
		case json.Number:
			res.WriteString(string(t))
			*nums++
		case bool:
			fmt.Fprint(res, t)
		case nil:
			res.WriteString("null")
		}
		wrote = true
	}
}
