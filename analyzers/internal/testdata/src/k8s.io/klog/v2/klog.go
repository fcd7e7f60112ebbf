// Package klog is a small fake of k8s.io/klog/v2 for the analyzers'
// tests: the signatures of the real package, without bodies that
// matter. The nested module analyzers/internal/apis/realcheck checks the
// table's rows against the real library.
package klog

type Level int32

// Verbose is what V returns: its methods log when the level is enabled.
type Verbose struct {
	enabled bool
}

func V(level Level) Verbose { return Verbose{} }

func (v Verbose) Enabled() bool                                              { return v.enabled }
func (v Verbose) Info(args ...interface{})                                   {}
func (v Verbose) Infof(format string, args ...interface{})                   {}
func (v Verbose) InfoS(msg string, keysAndValues ...interface{})             {}
func (v Verbose) ErrorS(err error, msg string, keysAndValues ...interface{}) {}

func Info(args ...interface{})                                   {}
func Infof(format string, args ...interface{})                   {}
func InfoS(msg string, keysAndValues ...interface{})             {}
func Warning(args ...interface{})                                {}
func Warningf(format string, args ...interface{})                {}
func Error(args ...interface{})                                  {}
func Errorf(format string, args ...interface{})                  {}
func ErrorS(err error, msg string, keysAndValues ...interface{}) {}

// ObjectRef references a Kubernetes object in a structured log.
type ObjectRef struct {
	Name      string
	Namespace string
}

func (ref ObjectRef) String() string { return ref.Namespace + "/" + ref.Name }

func KRef(namespace, name string) ObjectRef { return ObjectRef{Name: name, Namespace: namespace} }

// MarshalLog is how logr and klog render the reference.
func (ref ObjectRef) MarshalLog() interface{} { return ref.String() }

// KMetadata is what KObj needs of an object.
type KMetadata interface {
	GetName() string
	GetNamespace() string
}

func KObj(obj KMetadata) ObjectRef {
	return ObjectRef{Name: obj.GetName(), Namespace: obj.GetNamespace()}
}
func KObjs(arg interface{}) []ObjectRef     { return nil }
func KObjSlice(arg interface{}) interface{} { return arg }
