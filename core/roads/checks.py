"""Network checks: connected components, dangles, and who is on the main component."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .network import Graph, RoadNetwork
from .snapping import OK, Snap


@dataclass
class NetworkReport:
    """Figures a user checks before trusting travel times."""

    n_nodes: int
    n_edges: int
    usable_edges: int
    n_components: int  # components with at least one usable edge
    main_share_edges: float  # share of usable edges on the main component
    dangles: np.ndarray  # node indices with exactly one usable edge
    edge_component: np.ndarray  # component label of each edge (-1 unusable)

    def lines(self) -> list[str]:
        return [f"nodes {self.n_nodes}, edges {self.n_edges}, usable by the mode "
                f"{self.usable_edges}",
                f"connected pieces {self.n_components}; the main one holds "
                f"{100 * self.main_share_edges:.1f}% of the usable edges",
                f"dangles (dead ends) {len(self.dangles)}"]


def check_network(net: RoadNetwork, graph: Graph) -> NetworkReport:
    usable = graph.usable & (net.e_from != net.e_to)
    comp = np.where(usable, graph.components[net.e_from], -1)
    labels, counts = np.unique(comp[comp >= 0], return_counts=True)
    pairs = np.unique(np.column_stack([np.minimum(net.e_from, net.e_to),
                                       np.maximum(net.e_from, net.e_to)])[usable], axis=0)
    degree = np.bincount(pairs.ravel(), minlength=net.n_nodes) if len(pairs) else \
        np.zeros(net.n_nodes, int)
    main = counts[labels == graph.main_component].sum() if len(labels) else 0
    return NetworkReport(net.n_nodes, net.n_edges, int(usable.sum()), len(labels),
                         float(main / max(usable.sum(), 1)), np.flatnonzero(degree == 1), comp)


def share_on_main(snap: Snap, weight: np.ndarray | None = None) -> float:
    """Share of points (weighted, e.g. by population) snapped onto the main component."""
    w = np.ones(len(snap)) if weight is None else np.asarray(weight, dtype=float)
    total = w.sum()
    return float(w[snap.status == OK].sum() / total) if total > 0 else 0.0
