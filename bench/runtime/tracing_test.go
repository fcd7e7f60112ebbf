package runtimebench

// tracingLib is filled in once the runtime has a JSON subscriber.
var tracingLib lib
