// The interpreter's scalar arithmetic lives in Frontend (PyIR.Frontend.Semantics.ScalarOps) so the
// optimizer folds constants with exactly the same rules; every interpreter file sees it unqualified.
global using PyIR.Frontend.Semantics;
