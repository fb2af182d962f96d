"""A smaller graph to search: dead-end trees and chains of two-way junctions taken out.

Road networks are full of nodes that a search learns nothing from: dead-end branches
(trees hanging off the rest) and degree-2 nodes along a road (chains between junctions).
``contract`` peels the trees, replaces each chain by one edge per direction between its
two end junctions, and keeps how to read every removed node's time back from the kept
nodes: a chain node from its two ends, a tree node from the node its tree hangs on. The
times after ``expand`` are those of a search on the whole graph (up to float rounding),
because every path to a removed node passes through those nodes.

Costs along chains and trees are summed by pointer jumping: every round each node's
pointer skips as far again as it did, so a chain or branch of length L takes log2(L)
vectorised rounds.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse

from .network import cheapest_csr


@dataclass
class Contracted:
    """The core graph and how to expand its times to every node of the original one."""

    n: int  # nodes of the original graph
    core: np.ndarray  # original ids of the kept nodes; core index = position here
    matrix: sparse.csr_matrix  # search graph on the kept nodes
    chain: np.ndarray  # removed chain nodes
    chain_ends: np.ndarray  # (2, n_chain) original ids of each chain node's two end nodes
    chain_cost: np.ndarray  # (2, n_chain) seconds from each end to the node (inf: none)
    tree: np.ndarray  # removed tree nodes (that some live node leads to)
    tree_root: np.ndarray  # original id of the node each tree node hangs on
    tree_cost: np.ndarray  # seconds from the root to the node (inf: no way)
    cut_off: np.ndarray  # removed nodes no kept node leads to (unreachable)

    def core_index(self, nodes: np.ndarray) -> np.ndarray:
        """Core positions of original node ids (which must be kept nodes)."""
        pos = np.full(self.n, -1, dtype=np.int64)
        pos[self.core] = np.arange(len(self.core))
        out = pos[np.asarray(nodes)]
        if (out < 0).any():
            raise ValueError("a node to search from was contracted away")
        return out

    def expand(self, core_times: np.ndarray, limit: float = np.inf) -> np.ndarray:
        """Times (k, n_core) on the kept nodes -> (k, n) on every node (inf beyond limit)."""
        out = np.full((core_times.shape[0], self.n), np.inf)  # (chains without ends read node 0)
        out[:, self.core] = core_times
        ends, cost = self.chain_ends, self.chain_cost
        chain_t = np.minimum(np.take(out, ends[0], axis=1) + cost[0],
                             np.take(out, ends[1], axis=1) + cost[1])
        chain_t[chain_t > limit] = np.inf
        out[:, self.chain] = chain_t
        tree_t = np.take(out, self.tree_root, axis=1) + self.tree_cost
        tree_t[tree_t > limit] = np.inf
        out[:, self.tree] = tree_t
        out[:, self.cut_off] = np.inf
        return out


def contract(mat: sparse.csr_matrix, keep: np.ndarray) -> Contracted:
    """Contract the directed search graph ``mat`` (row -> column costs); ``keep`` nodes
    (e.g. the search sources) stay whatever their degree."""
    n = mat.shape[0]
    mat = mat.tocsr()
    mat.sort_indices()
    rows = np.repeat(np.arange(n, dtype=np.int64), np.diff(mat.indptr))
    cols = mat.indices.astype(np.int64)
    off = rows != cols
    rows, cols, data = rows[off], cols[off], mat.data[off]
    keys = rows * n + cols  # sorted: CSR order

    def cost(r: np.ndarray, c: np.ndarray) -> np.ndarray:
        """Seconds of edge r -> c; inf where there is none (a one-way street)."""
        want = r * n + c
        pos = np.minimum(np.searchsorted(keys, want), len(keys) - 1)
        return np.where(keys[pos] == want, data[pos], np.inf)

    # the road structure, whatever the directions: distinct neighbours of each node
    und = sparse.csr_matrix((np.ones(2 * len(rows), dtype=np.int8),
                             (np.r_[rows, cols], np.r_[cols, rows])), shape=(n, n))
    und.sum_duplicates()
    und_row = np.repeat(np.arange(n), np.diff(und.indptr))
    protected = np.zeros(n, dtype=bool)
    protected[keep] = True
    alive, parent = _peel_trees(und, protected)
    live_nb = alive[und.indices]
    deg = np.bincount(und_row[live_nb], minlength=n)
    is_chain = alive & (deg == 2) & ~protected
    is_core = alive & ~is_chain

    # chains: each chain node's two live neighbours, then jump to the chain's ends
    chain = np.flatnonzero(is_chain)
    sel = is_chain[und_row] & live_nb
    nb = und.indices[sel].astype(np.int64).reshape(-1, 2)  # CSR order: two per chain node
    pos = np.full(n, -1, dtype=np.int64)
    pos[chain] = np.arange(len(chain))
    ends, in_cost = _jump_chains(nb, cost(nb, chain[:, None]), pos, len(chain))
    reached = is_core[ends]
    ends = np.where(reached, ends, 0)
    in_cost = np.where(reached, in_cost, np.inf)

    # the core graph: core-core edges and, per chain and direction, one edge end to end.
    # A chain node next to an end (near) gives the edge far end -> near end: the chain
    # from the far end to the node, then the node's step to the near end.
    edges_r, edges_c, edges_d = [rows], [cols], [data]
    for s in (0, 1):
        near = nb[:, s]
        at_end = is_core[near]
        far = ends[at_end, 1 - s]
        through = in_cost[at_end, 1 - s] + cost(chain[at_end], near[at_end])
        edges_r.append(far)
        edges_c.append(near[at_end])
        edges_d.append(through)
    r_all, c_all, d_all = np.concatenate(edges_r), np.concatenate(edges_c), np.concatenate(edges_d)
    ok = is_core[r_all] & is_core[c_all] & np.isfinite(d_all) & (r_all != c_all)
    core = np.flatnonzero(is_core)
    core_pos = np.full(n, -1, dtype=np.int64)
    core_pos[core] = np.arange(len(core))
    matrix = cheapest_csr(core_pos[r_all[ok]], core_pos[c_all[ok]], len(core), len(core),
                          d_all[ok])[0]

    # trees: jump up the parents to the live node each branch hangs on
    tree = np.flatnonzero(~alive)
    par = parent[tree]
    step = np.where(par >= 0, cost(np.maximum(par, 0), tree), np.inf)
    root, t_cost = _jump_tree(tree, par, step, alive, n)
    has_root = root >= 0
    return Contracted(n, core, matrix, chain, np.ascontiguousarray(ends.T),
                      np.ascontiguousarray(in_cost.T), tree[has_root], root[has_root],
                      t_cost[has_root], tree[~has_root])


def _peel_trees(und: sparse.csr_matrix, protected: np.ndarray):
    """Remove degree <= 1 nodes until none is left (the 2-core), sparing ``protected``.

    Returns the alive mask and each peeled node's parent (its neighbour still alive when
    it was peeled, -1 if none), so parents are peeled later or never. Each round peels the current
    leaves, so it takes as many rounds as the deepest dead-end branch has levels.
    """
    n = und.shape[0]
    deg = np.diff(und.indptr).astype(np.int64)
    alive = np.ones(n, dtype=bool)
    parent = np.full(n, -1, dtype=np.int64)
    frontier = np.flatnonzero((deg <= 1) & ~protected)
    while len(frontier):
        alive[frontier] = False
        starts = und.indptr[frontier]
        counts = und.indptr[frontier + 1] - starts
        owner = np.repeat(frontier, counts)
        idx = np.repeat(starts - np.cumsum(counts) + counts, counts) + np.arange(counts.sum())
        nb = und.indices[idx].astype(np.int64)
        live = alive[nb]
        owner, nb = owner[live], nb[live]
        parent[owner] = nb
        deg -= np.bincount(nb, minlength=n)
        cand = np.unique(nb)
        frontier = cand[(deg[cand] <= 1) & ~protected[cand]]
    return alive, parent


def _jump_chains(nb: np.ndarray, step: np.ndarray, pos: np.ndarray, m: int):
    """Both ends of every chain node and the seconds from each end to it.

    ``nb`` (m, 2): the node's two neighbours; ``step`` (m, 2): seconds from each to the
    node; ``pos``: chain position of a node id (-1 for end nodes). A pointer that lands on
    a chain node w continues with w's pointer that does not lead back (w's pointer on that
    side covers as many steps, so it is the node itself). Rings of chain nodes alone never
    reach an end; their pointers are left on chain nodes.
    """
    ptr, acc = nb.copy(), step.copy()
    ids = np.empty(m, dtype=np.int64)
    ids[pos[pos >= 0]] = np.flatnonzero(pos >= 0)
    for _ in range(int(np.ceil(np.log2(max(m, 2)))) + 2):
        v, s = np.nonzero(pos[ptr] >= 0)
        if len(v) == 0:
            break
        w = pos[ptr[v, s]]
        other = np.where(ptr[w, 0] == ids[v], 1, 0)
        ptr[v, s], acc[v, s] = ptr[w, other], acc[w, other] + acc[v, s]
    return ptr, acc


def _jump_tree(tree, par, step, alive, n):
    """Root (first live ancestor, -1 if none) of every peeled node and the seconds from it."""
    pos = np.full(n, -1, dtype=np.int64)
    pos[tree] = np.arange(len(tree))
    ptr, acc = par.copy(), step.copy()
    while True:
        up = (ptr >= 0) & (pos[np.maximum(ptr, 0)] >= 0)  # pointing at a peeled node
        if not up.any():
            break
        j = pos[ptr[up]]
        ptr[up], acc[up] = ptr[j], acc[j] + acc[up]
    root = np.where((ptr >= 0) & alive[np.maximum(ptr, 0)], ptr, -1)
    return root, acc
