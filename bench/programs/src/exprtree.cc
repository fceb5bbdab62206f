/*
 * exprtree.cc - an expression-tree interpreter in C++: a class hierarchy of
 * 16 node types (constants, variables, arithmetic, comparisons,
 * conditionals, let-bindings, calls of user functions) evaluated through
 * virtual eval(), and passes over the trees through the visitor pattern
 * (accept() then a virtual visit per node type: double dispatch): node
 * counting, depth, printing to a string, and constant folding, which builds
 * new trees (operator new, std::unique_ptr) that must evaluate alike.
 * Exercises: call_indirect through vtables (a load of the vtable, of the
 * slot, a signature check in Wasm), small non-inlinable virtual functions,
 * deep recursion, new/delete of small objects, std::vector and std::string
 * (libc++ in Wasm, the system's C++ library natively).
 * Workload: 24 random functions (calling one another, at most 5 deep) and
 * 400 random expressions of up to 14 levels; each round evaluates every
 * expression under 16 environments, counts its nodes, prints it, folds it
 * and evaluates the folded tree under 4 of them; default 16 rounds.
 */
#include <memory>
#include <string>
#include <vector>

#include "common.h"

namespace {

struct Const;
struct Var;
struct Unary;
struct Binary;
struct If;
struct Let;
struct Call;

// Visitor: one virtual visit per concrete node type.
struct Visitor {
  virtual ~Visitor() {}
  virtual void visit(const Const &) = 0;
  virtual void visit(const Var &) = 0;
  virtual void visit(const Unary &) = 0;
  virtual void visit(const Binary &) = 0;
  virtual void visit(const If &) = 0;
  virtual void visit(const Let &) = 0;
  virtual void visit(const Call &) = 0;
};

// Env: the variables in scope (8 slots; Let binds slot 4..7).
struct Env {
  int64_t v[8];
};

struct Program;

struct Node {
  virtual ~Node() {}
  virtual int64_t eval(const Program &p, Env &e) const = 0;
  virtual void accept(Visitor &v) const = 0;
  // the constant this node is, if it is one (no RTTI needed)
  virtual const Const *constant() const { return nullptr; }
};
using NodeP = std::unique_ptr<Node>;

struct Fn {
  NodeP body;  // uses variables 0 and 1, its two parameters
};

struct Program {
  std::vector<Fn> fns;
  int depth = 0;  // call depth, bounded
};

struct Const final : Node {
  int64_t k;
  explicit Const(int64_t k) : k(k) {}
  int64_t eval(const Program &, Env &) const override { return k; }
  void accept(Visitor &v) const override { v.visit(*this); }
  const Const *constant() const override { return this; }
};

struct Var final : Node {
  int slot;
  explicit Var(int slot) : slot(slot) {}
  int64_t eval(const Program &, Env &e) const override { return e.v[slot]; }
  void accept(Visitor &v) const override { v.visit(*this); }
};

// Unary and binary operators are classes of their own (one vtable each);
// Unary and Binary hold the operands and the visitor entry.
struct Unary : Node {
  NodeP a;
  explicit Unary(NodeP a) : a(std::move(a)) {}
  virtual const char *name() const = 0;
  virtual int64_t apply(int64_t x) const = 0;
  virtual NodeP make(NodeP a) const = 0;
  int64_t eval(const Program &p, Env &e) const override { return apply(a->eval(p, e)); }
  void accept(Visitor &v) const override { v.visit(*this); }
};

struct Binary : Node {
  NodeP a, b;
  Binary(NodeP a, NodeP b) : a(std::move(a)), b(std::move(b)) {}
  virtual const char *name() const = 0;
  virtual int64_t apply(int64_t x, int64_t y) const = 0;
  virtual NodeP make(NodeP a, NodeP b) const = 0;
  int64_t eval(const Program &p, Env &e) const override {
    int64_t x = a->eval(p, e);
    return apply(x, b->eval(p, e));
  }
  void accept(Visitor &v) const override { v.visit(*this); }
};

// Arithmetic wraps (through uint64_t, as Wasm's i64 does) and never traps.
#define UNARY(NAME, OP, EXPR)                                                  \
  struct NAME final : Unary {                                                  \
    using Unary::Unary;                                                        \
    const char *name() const override { return OP; }                           \
    int64_t apply(int64_t x) const override { return EXPR; }                   \
    NodeP make(NodeP a) const override { return NodeP(new NAME(std::move(a))); } \
  };
#define BINARY(NAME, OP, EXPR)                                                 \
  struct NAME final : Binary {                                                 \
    using Binary::Binary;                                                      \
    const char *name() const override { return OP; }                           \
    int64_t apply(int64_t x, int64_t y) const override { return EXPR; }        \
    NodeP make(NodeP a, NodeP b) const override {                              \
      return NodeP(new NAME(std::move(a), std::move(b)));                      \
    }                                                                          \
  };
#define U(x) ((uint64_t)(x))
UNARY(Neg, "-", (int64_t)(0 - U(x)))
UNARY(Not, "~", (int64_t)~U(x))
UNARY(Sq, "sq", (int64_t)(U(x) * U(x)))
BINARY(Add, "+", (int64_t)(U(x) + U(y)))
BINARY(Sub, "-", (int64_t)(U(x) - U(y)))
BINARY(Mul, "*", (int64_t)(U(x) * U(y)))
BINARY(Div, "/", (int64_t)(U(y) == 0 ? U(x) : U(x) / U(y)))
BINARY(Xor, "^", (int64_t)(U(x) ^ U(y)))
BINARY(Shr, ">>", (int64_t)(U(x) >> (U(y) & 63)))
BINARY(Min, "min", x < y ? x : y)
BINARY(Less, "<", x < y)
#undef U

struct If final : Node {
  NodeP c, t, f;
  If(NodeP c, NodeP t, NodeP f) : c(std::move(c)), t(std::move(t)), f(std::move(f)) {}
  int64_t eval(const Program &p, Env &e) const override {
    return c->eval(p, e) & 1 ? t->eval(p, e) : f->eval(p, e);
  }
  void accept(Visitor &v) const override { v.visit(*this); }
};

// let slot = init in body
struct Let final : Node {
  int slot;
  NodeP init, body;
  Let(int slot, NodeP init, NodeP body) : slot(slot), init(std::move(init)), body(std::move(body)) {}
  int64_t eval(const Program &p, Env &e) const override {
    int64_t saved = e.v[slot];
    e.v[slot] = init->eval(p, e);
    int64_t r = body->eval(p, e);
    e.v[slot] = saved;
    return r;
  }
  void accept(Visitor &v) const override { v.visit(*this); }
};

// Call of user function fn (which calls only functions of lower index).
struct Call final : Node {
  int fn;
  NodeP a, b;
  Call(int fn, NodeP a, NodeP b) : fn(fn), a(std::move(a)), b(std::move(b)) {}
  int64_t eval(const Program &p, Env &e) const override {
    Env callee = {};
    callee.v[0] = a->eval(p, e);
    callee.v[1] = b->eval(p, e);
    return p.fns[fn].body->eval(p, callee);
  }
  void accept(Visitor &v) const override { v.visit(*this); }
};

// ---------- random trees ----------

struct Gen {
  rng_t r;
  int vars;      // variables readable: 0..vars-1
  int maxfn;     // functions callable: 0..maxfn-1
  int let_slot;  // next slot a Let binds

  uint32_t below(uint32_t n) { return rng_u32(&r) % n; }

  NodeP tree(int depth) {
    if (depth == 0 || below(8) == 0) {
      if (below(3) == 0) return NodeP(new Const((int64_t)(rng_next(&r) >> below(64))));
      return NodeP(new Var((int)below(vars)));
    }
    switch (below(20)) {
    case 0: return NodeP(new Neg(tree(depth - 1)));
    case 1: return NodeP(new Not(tree(depth - 1)));
    case 2: return NodeP(new Sq(tree(depth - 1)));
    case 3: case 4: return NodeP(new Add(tree(depth - 1), tree(depth - 1)));
    case 5: return NodeP(new Sub(tree(depth - 1), tree(depth - 1)));
    case 6: case 7: return NodeP(new Mul(tree(depth - 1), tree(depth - 1)));
    case 8: return NodeP(new Div(tree(depth - 1), tree(depth - 1)));
    case 9: return NodeP(new Xor(tree(depth - 1), tree(depth - 1)));
    case 10: return NodeP(new Shr(tree(depth - 1), tree(depth - 1)));
    case 11: return NodeP(new Min(tree(depth - 1), tree(depth - 1)));
    case 12: return NodeP(new Less(tree(depth - 1), tree(depth - 1)));
    case 13: case 14: {
      NodeP c = tree(depth - 1);
      NodeP t = tree(depth - 1);
      return NodeP(new If(std::move(c), std::move(t), tree(depth - 1)));
    }
    case 15: case 16:
      if (let_slot < 8) {
        int slot = let_slot;
        NodeP init = tree(depth - 1);
        int saved = vars;
        let_slot++;
        vars = slot + 1 > vars ? slot + 1 : vars;  // the body may read it
        NodeP body = tree(depth - 1);
        vars = saved;
        let_slot--;
        return NodeP(new Let(slot, std::move(init), std::move(body)));
      }
      return tree(depth - 1);
    default:
      if (maxfn > 0) {
        int fn = (int)below(maxfn);
        NodeP a = tree(depth < 3 ? 0 : 2);
        return NodeP(new Call(fn, std::move(a), tree(depth < 3 ? 0 : 2)));
      }
      return NodeP(new Add(tree(depth - 1), NodeP(new Const(1))));
    }
  }
};

// ---------- visitors ----------

struct Counter final : Visitor {
  uint64_t n[7] = {};
  void visit(const Const &) override { n[0]++; }
  void visit(const Var &) override { n[1]++; }
  void visit(const Unary &u) override { n[2]++; u.a->accept(*this); }
  void visit(const Binary &b) override { n[3]++; b.a->accept(*this); b.b->accept(*this); }
  void visit(const If &i) override { n[4]++; i.c->accept(*this); i.t->accept(*this); i.f->accept(*this); }
  void visit(const Let &l) override { n[5]++; l.init->accept(*this); l.body->accept(*this); }
  void visit(const Call &c) override { n[6]++; c.a->accept(*this); c.b->accept(*this); }
  uint64_t total() const { return n[0] + n[1] + n[2] + n[3] + n[4] + n[5] + n[6]; }
};

struct Printer final : Visitor {
  std::string out;
  void visit(const Const &c) override { out += std::to_string(c.k); }
  void visit(const Var &v) override { out += 'x'; out += (char)('0' + v.slot); }
  void visit(const Unary &u) override { out += u.name(); out += '('; u.a->accept(*this); out += ')'; }
  void visit(const Binary &b) override {
    out += '(';
    b.a->accept(*this);
    out += ' ';
    out += b.name();
    out += ' ';
    b.b->accept(*this);
    out += ')';
  }
  void visit(const If &i) override {
    out += "if ";
    i.c->accept(*this);
    out += " then ";
    i.t->accept(*this);
    out += " else ";
    i.f->accept(*this);
  }
  void visit(const Let &l) override {
    out += "let x";
    out += (char)('0' + l.slot);
    out += " = ";
    l.init->accept(*this);
    out += " in ";
    l.body->accept(*this);
  }
  void visit(const Call &c) override {
    out += 'f';
    out += std::to_string(c.fn);
    out += '(';
    c.a->accept(*this);
    out += ", ";
    c.b->accept(*this);
    out += ')';
  }
};

// Folder builds a copy of the tree with every operator whose operands are
// constants replaced by its value, and "if" on a constant by its branch.
struct Folder final : Visitor {
  NodeP result;
  uint64_t folded = 0;

  NodeP fold(const Node &n) {
    n.accept(*this);
    return std::move(result);
  }
  static const Const *constant(const NodeP &n) { return n->constant(); }

  void visit(const Const &c) override { result = NodeP(new Const(c.k)); }
  void visit(const Var &v) override { result = NodeP(new Var(v.slot)); }
  void visit(const Unary &u) override {
    NodeP a = fold(*u.a);
    if (const Const *k = constant(a)) {
      folded++;
      result = NodeP(new Const(u.apply(k->k)));
    } else {
      result = u.make(std::move(a));
    }
  }
  void visit(const Binary &b) override {
    NodeP x = fold(*b.a);
    NodeP y = fold(*b.b);
    const Const *kx = constant(x), *ky = constant(y);
    if (kx && ky) {
      folded++;
      result = NodeP(new Const(b.apply(kx->k, ky->k)));
    } else {
      result = b.make(std::move(x), std::move(y));
    }
  }
  void visit(const If &i) override {
    NodeP c = fold(*i.c);
    if (const Const *k = constant(c)) {
      folded++;
      result = fold(k->k & 1 ? *i.t : *i.f);
      return;
    }
    NodeP t = fold(*i.t);
    NodeP f = fold(*i.f);
    result = NodeP(new If(std::move(c), std::move(t), std::move(f)));
  }
  void visit(const Let &l) override {
    NodeP init = fold(*l.init);
    NodeP body = fold(*l.body);
    result = NodeP(new Let(l.slot, std::move(init), std::move(body)));
  }
  void visit(const Call &c) override {
    NodeP a = fold(*c.a);
    NodeP b = fold(*c.b);
    result = NodeP(new Call(c.fn, std::move(a), std::move(b)));
  }
};

}  // namespace

int main(int argc, char **argv) {
  long rounds = bench_arg(argc, argv, 16);
  const int nfns = 24, nexprs = 400, nenvs = 16, nchecked = 4;

  Program prog;
  Gen g{{0x657870727472ULL}, 2, 0, 4};
  for (int i = 0; i < nfns; i++) {
    g.vars = 2;
    g.maxfn = i / 2;  // call chains of at most 5 functions
    prog.fns.push_back(Fn{g.tree(3 + (int)g.below(4))});
  }
  std::vector<NodeP> exprs;
  g.maxfn = nfns;
  for (int i = 0; i < nexprs; i++) {
    g.vars = 4;
    exprs.push_back(g.tree(6 + (int)g.below(9)));
  }
  std::vector<Env> envs(nenvs);
  for (Env &e : envs)
    for (int64_t &x : e.v) x = (int64_t)(rng_next(&g.r) >> g.below(60));

  uint64_t h = 0, nodes = 0, printed = 0, folded = 0;
  for (long round = 0; round < rounds; round++) {
    for (int i = 0; i < nexprs; i++) {
      const Node &ex = *exprs[i];
      uint64_t sum = 0, check = 0;
      for (int k = 0; k < nenvs; k++) {
        sum = mix64(sum, (uint64_t)ex.eval(prog, envs[k]));
        if (k == nchecked - 1) check = sum;
      }

      Counter c;
      ex.accept(c);
      nodes += c.total();
      Printer p;
      ex.accept(p);
      printed += p.out.size();

      // the folded tree must compute the same values
      Folder f;
      NodeP ft = f.fold(ex);
      folded += f.folded;
      uint64_t fsum = 0;
      for (int k = 0; k < nchecked; k++) fsum = mix64(fsum, (uint64_t)ft->eval(prog, envs[k]));
      if (fsum != check) {
        printf("exprtree self-test FAILED: expression %d evaluates differently once folded\n", i);
        return 1;
      }
      h = mix64(h, sum ^ c.total() ^ (uint64_t)p.out.size() << 20);
    }
  }
  printf("exprtree functions=%d expressions=%d envs=%d rounds=%ld nodes=%llu printed=%llu folded=%llu checksum=%016llx\n",
         nfns, nexprs, nenvs, rounds, (unsigned long long)nodes, (unsigned long long)printed,
         (unsigned long long)folded, (unsigned long long)h);
  return 0;
}
