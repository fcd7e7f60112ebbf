package keys

import (
	"go/ast"
	"slices"
	"testing"

	"github.com/tracelint/tracelint/analyzers/internal/srctest"
)

func TestWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"userID", []string{"user", "id"}},
		{"UserID", []string{"user", "id"}},
		{"HTTPServer", []string{"http", "server"}},
		{"user_id", []string{"user", "id"}},
		{"requestURLPath", []string{"request", "url", "path"}},
		{"v2Name", []string{"v2", "name"}},
		{"ID", []string{"id"}},
		{"x", []string{"x"}},
		{"", nil},
	} {
		if got := Words(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("Words(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestJoin(t *testing.T) {
	w := []string{"user", "id"}
	for c, want := range map[Case]string{Snake: "user_id", Camel: "userId", Kebab: "user-id", Pascal: "UserId"} {
		if got := c.Join(w); got != want {
			t.Errorf("%v.Join = %q, want %q", c, got, want)
		}
	}
}

func TestCaseFlag(t *testing.T) {
	var c Case
	if err := c.Set("KEBAB"); err != nil || c != Kebab {
		t.Fatalf("Set(KEBAB) = %v, %v", c, err)
	}
	if err := c.Set("shouty"); err == nil {
		t.Fatal("Set(shouty) succeeded")
	}
	if c.String() != "kebab" {
		t.Fatalf("String() = %q", c.String())
	}
}

const src = `package p

import (
	"os"
	"strconv"
	"time"
)

type Order struct{ ID string; Total int }
type URL struct{ Path string }
type Request struct{ URL *URL }

func (o *Order) GetCustomerName() string { return "" }

type Context struct{}

func (c *Context) String(name string) string { return name }

func f(userID int, o *Order, req *Request, err error, b []byte, xs []string, start time.Time, c *Context) {
	_ = userID
	_ = o.ID
	_ = req.URL.Path
	_ = err.Error()
	_ = len(b)
	_ = strconv.Itoa(userID)
	_ = o.GetCustomerName()
	_ = xs[0]
	_ = "lit"
	_ = o.Total
	_ = len(xs)
	_ = time.Since(start)
	_ = c.String("server")
	_ = os.Getenv("HOME")
}
`

func TestExprWords(t *testing.T) {
	c := srctest.Check(t, src)
	f, info := c.File, c.Info
	var got []string
	ast.Inspect(f, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok {
			got = append(got, Snake.Join(ExprWords(info, as.Rhs[0])))
		}
		return true
	})
	want := []string{"user_id", "order_id", "path", "error", "b_len", "user_id", "customer_name", "xs", "", "total", "xs", "elapsed", "server", "home"}
	if !slices.Equal(got, want) {
		t.Errorf("keys = %q\nwant   %q", got, want)
	}
}

func TestNamerUnique(t *testing.T) {
	n := NewNamer(Snake, "user_id")
	if k := n.Unique([]string{"user", "id"}); k != "user_id_2" {
		t.Errorf("first = %q", k)
	}
	if k := n.Unique([]string{"user", "id"}); k != "user_id_3" {
		t.Errorf("second = %q", k)
	}
	if k := n.Key(nil, &ast.BasicLit{}, ""); k != "value" {
		t.Errorf("fallback = %q", k)
	}
}
