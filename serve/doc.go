// Package serve serves HTTP requests with WebAssembly modules, each in an
// instance of its own, following the CGI/1.1 convention (RFC 3875) as
// WAGI uses it: any WASI preview1 program in any language can be a
// handler, without an SDK. It is what "kiln serve" runs, usable from a Go
// program as an http.Handler (Handler) or as a whole server with graceful
// shutdown and metrics (Server).
//
// # A request
//
// The request's metadata reaches the module as environment variables
// (below), its body on stdin, and the module answers on stdout with CGI
// header lines, a blank line and the body; what it writes to stderr goes to
// the server's log, one line at a time, tagged with the request's ID. The
// module is a WASI command: its _start runs once per request, in an
// instance of its own in the state instantiation leaves it in: a new one,
// or one that served an earlier request of the same route and was reset
// since (kiln.Instance.Reset: memory contents and size, globals, tables
// and segments put back), so nothing one request writes to memory,
// globals or tables is visible to the next. Only an instance whose module
// ended normally (returned, or proc_exit(0)) is reset for reuse, right
// after its request, so no request's data waits in an idle instance; one
// that trapped, timed out or exited with another status is closed. A
// module with a start function, or importing a memory, table or global,
// gets a new instance for every request. A module is
// compiled once, by the caller (kiln serve uses kiln.CompileFile with the
// artifact cache), and gets nothing the Config does not grant
// (directories, environment variables).
//
// # Environment (RFC 3875 section 4.1, and WAGI's extensions)
//
//	GATEWAY_INTERFACE  CGI/1.1
//	SERVER_SOFTWARE    Config.ServerSoftware (default "Kiln")
//	SERVER_NAME        the host of the request's Host header (else the local address)
//	SERVER_PORT        the local port the connection came in on
//	SERVER_PROTOCOL    HTTP/1.1, HTTP/1.0 (as received)
//	REQUEST_METHOD     GET, POST, ...
//	REQUEST_URI        the request target as received (path and query, still encoded)
//	SCRIPT_NAME        the matched route's path ("" for the route "/")
//	PATH_INFO          the rest of the path after SCRIPT_NAME, URL-decoded
//	X_RAW_PATH_INFO    the same, not decoded (WAGI)
//	QUERY_STRING       the query, without "?", not decoded ("" if none)
//	CONTENT_TYPE       the Content-Type header, if the request has one
//	CONTENT_LENGTH     the body's length in bytes, only if there is a body
//	REMOTE_ADDR        the client's IP address; REMOTE_PORT its port
//	REMOTE_HOST        the same as REMOTE_ADDR (no reverse DNS lookups)
//	HTTPS              "on" for a TLS connection
//	HTTP_*             one per request header: HTTP_ + the name upper-cased,
//	                   "-" as "_" (HTTP_USER_AGENT); several values joined
//	                   with ", " (cookies with "; "); HTTP_HOST from Host
//	X_MATCHED_ROUTE    the matched route's path, as configured (WAGI)
//	X_FULL_URL         scheme://host/path?query of the request (WAGI)
//	X_REQUEST_ID       this request's ID, also in the X-Request-Id response
//	                   header and in every log line about it
//
// Headers left out of HTTP_*: Content-Type and Content-Length (they are
// CONTENT_TYPE and CONTENT_LENGTH), Proxy (the "httpoxy" attack: a module
// would take HTTP_PROXY for its proxy setting), and every header whose name
// contains "_" (it would be indistinguishable from the "-" spelling, so a
// client could forge e.g. HTTP_X_FORWARDED_FOR; nginx drops them too).
// Authorization is passed on, unlike RFC 3875's recommendation: the server
// authenticates nobody, so the module is the only one that can. The
// environment variables granted with Config.Env come after these; they may
// not use these names, nor start with HTTP_ or X_ (New refuses them).
//
// The module's arguments are its file name and, for a query without "="
// (an "indexed" query, RFC 3875 section 4.4), the query's words: split at
// "+" and URL-decoded.
//
// # The body
//
// The request body is on stdin, the module reads EOF at its end (never the
// next request's bytes, however much it asks for). A body longer than
// Config.MaxBody is refused with 413 before the module runs. A body of
// known length is streamed to the module (its first 64 KiB are read before
// the request takes a slot, so that slow clients do not hold instances); a
// chunked body is read whole first (up to MaxBody), since CGI must give
// CONTENT_LENGTH.
//
// # The response (RFC 3875 section 6)
//
// The module's output starts with header lines, "Name: value", each ended
// by "\n" or "\r\n", and a blank line; the rest is the body. It must
// contain at least one of:
//
//	Content-Type  the body's media type (no type is sniffed when it is missing)
//	Status        "NNN reason": the status code (200 if absent; 200-599)
//	Location      a redirect: an absolute URL is sent to the client with
//	              302 Found (or the Status given); a local path ("/...")
//	              alone, with no other header and no body, is a local
//	              redirect: the server answers the request as a GET of
//	              that path instead (at most 10 in a row), with a fresh
//	              instance of the route it matches
//
// Other header lines are passed to the client (several lines with the
// same name make several headers, as Set-Cookie needs), except the
// hop-by-hop ones (Connection, Keep-Alive, Transfer-Encoding, Upgrade, TE,
// Trailer, Proxy-Connection), which are dropped: the server manages the
// connection. A Content-Length given by the module must match the body.
// The module's first 64 KiB of output (Config.ResponseBuffer) are held
// back until it finishes or writes more, so that a module failing before
// then still gets a clean error status; beyond that the response is
// streamed to the client as the module writes it (memory does not grow
// with the response's size), with chunked encoding unless the module gave
// a Content-Length, and a failure after that point can only cut the
// connection (the client sees an incomplete response). Config.MaxResponse
// bounds the body (0: no limit).
//
// # Failures
//
// Each gives one error line in the log with the request's ID, its access
// log line shows the status, and the server goes on serving:
//
//	500  the module trapped (unreachable, out-of-bounds access, stack exhausted, ...)
//	     or could not be instantiated (a limit, a trap in its start function)
//	502  its output is not a valid CGI response (malformed or incomplete header,
//	     a Content-Length that does not match, a body beyond MaxResponse),
//	     it exited (proc_exit) before completing its header, or exited with a
//	     non-zero status
//	503  no slot freed up within QueueTimeout, the queue was full, the
//	     route's long-running requests had used their share and its turn did
//	     not come within QueueTimeout (below), or the server was shutting
//	     down and stopped it
//	504  it ran past Timeout and was interrupted
//	413  the request body is larger than MaxBody
//	404  no route matches
//
// proc_exit(0), as Go programs end, is a normal end. A client that goes
// away interrupts the module; the access log shows status 499.
//
// # Limits and concurrency
//
// At most MaxConcurrency requests run modules at once; the others wait in
// a FIFO queue of at most MaxQueue requests, each for at most
// QueueTimeout, and get 503 (with Retry-After) beyond either. Timeout
// bounds each request from the moment it leaves the queue: instantiation,
// the module's run (it is interrupted wherever it is, in its code or in a
// WASI call), reading the body and writing the response. Limits bounds
// each instance's memory and tables (kiln.Limits).
//
// # Long-running requests
//
// A module that runs for a long time (a loop until Timeout, a response of
// hundreds of megabytes) holds a CPU all that time, and would take it
// away from other routes' short requests. The time a request's module
// runs (wall-clock, from _start to its end, waits on the client
// included) beyond Config.LongRequest (default 100ms) is charged to its
// route, which may spend such time at Config.LongShare (default 0.05) of
// the server's CPUs, with up to 0.5 s saved up; a route that spent more
// has its next requests wait until it is back in credit, while another
// route is serving (they count in MaxQueue; past QueueTimeout, 503; an
// idle server rations nothing). Short requests are never charged.
package serve
