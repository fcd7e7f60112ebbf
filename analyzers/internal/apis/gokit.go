package apis

import (
	"go/ast"
	"go/types"
)

// gokitKV is go-kit log's one style: Log(keyvals ...interface{}),
// alternating keys and values, with no type of a whole field. The
// message is not an argument of its own but, by convention, the value
// of the "msg" key.
var gokitKV = &Style{
	Name: "go-kit key-value pairs", Pairing: KV, Pkg: Gokit, PkgName: "log", MsgKey: "msg",
	// log.With(logger, "ts", log.DefaultTimestampUTC, "caller",
	// log.Caller(5)): a Valuer's result is recorded at each event.
	Evaluated: []TypeRef{{Gokit, "Valuer"}},
}

// gokitLib is go-kit's log. Logger is an interface of one method, Log,
// whose row has no message position: [API.ForCall] finds it in each call.
// level.Info(logger) and the other level functions return a Logger, so
// they need no row; With, WithPrefix and WithSuffix add pairs to every
// event of the logger they return. go-kit has no default logger.
func gokitLib() *Library {
	l := &Library{Name: "go-kit log", Style: gokitKV}
	add := l.adder(Gokit)
	for _, recv := range []string{"Logger", "LoggerFunc"} {
		add(API{Recv: recv, Name: "Log", Role: Event, Ctx: -1, Msg: -1, Fields: 0, Style: gokitKV})
	}
	for _, name := range []string{"With", "WithPrefix", "WithSuffix"} {
		add(API{Name: name, Role: With, Ctx: -1, Msg: -1, Fields: 1, Style: gokitKV})
	}
	return l
}

// ForCall returns the row of a, a row whose call is call, as that call
// uses it. For an event whose style has a MsgKey and whose row has no
// message position (go-kit's Log), that is a copy whose Msg is the
// value after the first constant MsgKey key among the call's pairs and
// whose Fields follow it, or nil when the call has no such key, or its
// value is not a string (Log("msg", err)): the message, if any, is not
// known. For every other row it is a itself.
//
// The copy's FieldKeys include the keys up to the message's, and its
// LeadArgs are the pairs before the message.
func (a *API) ForCall(info *types.Info, call *ast.CallExpr) *API {
	if a == nil || a.Role != Event || a.Style == nil || a.Style.MsgKey == "" || a.Msg >= 0 || a.Fields < 0 {
		return a
	}
	ps, _ := a.Pairs(info, call)
	for _, p := range ps {
		if k, ok := ConstString(info, p.Key); ok && k == a.Style.MsgKey && isString(info.TypeOf(p.Value)) {
			c := *a
			c.Msg, c.Fields, c.lead = p.Index+1, p.Index+2, a
			return &c
		}
	}
	return nil
}

// LeadArgs returns the field arguments of call that come before its
// message key, for a row that [API.ForCall] returned for call
// (logger.Log("user_id", id, "msg", m): "user_id", id); nil for any
// other row.
func (a *API) LeadArgs(call *ast.CallExpr) []ast.Expr {
	if a.lead == nil || a.Msg-1 > len(call.Args) || a.lead.Fields > a.Msg-1 {
		return nil
	}
	return call.Args[a.lead.Fields : a.Msg-1]
}
