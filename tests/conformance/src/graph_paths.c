/* Graph algorithms on adjacency arrays: breadth-first search with an explicit queue, Dijkstra
   with an array-based priority scan, Floyd-Warshall on a small dense graph and union-find with
   path compression for connected components. */
#include <stdint.h>

uint32_t g_seed = 4711;

#define V 200
#define E 800
static int32_t edge_from[E], edge_to[E], edge_w[E];
static int32_t adj_start[V + 1], adj_to[E], adj_w[E];
static int32_t dist[V], queue[V], parent[V];
static uint8_t done[V];
static int32_t fw[24][24];

static int32_t find(int32_t x) {
    while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; }
    return x;
}

long long checksum(void) {
    uint32_t s = g_seed;
    for (int i = 0; i < E; i++) {
        s = s * 1103515245u + 12345u; edge_from[i] = (int32_t)((s >> 8) % V);
        s = s * 1103515245u + 12345u; edge_to[i] = (int32_t)((s >> 8) % V);
        edge_w[i] = (int32_t)((s >> 4) % 100) + 1;
    }
    /* counting sort of edges into CSR adjacency */
    for (int i = 0; i <= V; i++) adj_start[i] = 0;
    for (int i = 0; i < E; i++) adj_start[edge_from[i] + 1]++;
    for (int i = 0; i < V; i++) adj_start[i + 1] += adj_start[i];
    int32_t fill[V];
    for (int i = 0; i < V; i++) fill[i] = adj_start[i];
    for (int i = 0; i < E; i++) { int p = fill[edge_from[i]]++; adj_to[p] = edge_to[i]; adj_w[p] = edge_w[i]; }

    uint64_t h = 0;
    /* BFS from 0 */
    for (int i = 0; i < V; i++) dist[i] = -1;
    int head = 0, tail = 0;
    dist[0] = 0; queue[tail++] = 0;
    while (head < tail) {
        int u = queue[head++];
        for (int p = adj_start[u]; p < adj_start[u + 1]; p++)
            if (dist[adj_to[p]] < 0) { dist[adj_to[p]] = dist[u] + 1; queue[tail++] = adj_to[p]; }
    }
    for (int i = 0; i < V; i++) h = h * 31 + (uint64_t)(int64_t)dist[i];
    /* Dijkstra from 0 */
    for (int i = 0; i < V; i++) { dist[i] = INT32_MAX; done[i] = 0; }
    dist[0] = 0;
    for (;;) {
        int u = -1;
        for (int i = 0; i < V; i++) if (!done[i] && dist[i] != INT32_MAX && (u < 0 || dist[i] < dist[u])) u = i;
        if (u < 0) break;
        done[u] = 1;
        for (int p = adj_start[u]; p < adj_start[u + 1]; p++) {
            int v = adj_to[p], nd = dist[u] + adj_w[p];
            if (nd < dist[v]) dist[v] = nd;
        }
    }
    for (int i = 0; i < V; i++) h = h * 31 + (uint32_t)dist[i];
    /* Floyd-Warshall on the subgraph of the first 24 vertices */
    for (int i = 0; i < 24; i++) for (int j = 0; j < 24; j++) fw[i][j] = i == j ? 0 : 1000000;
    for (int i = 0; i < E; i++)
        if (edge_from[i] < 24 && edge_to[i] < 24 && edge_w[i] < fw[edge_from[i]][edge_to[i]]) fw[edge_from[i]][edge_to[i]] = edge_w[i];
    for (int k = 0; k < 24; k++)
        for (int i = 0; i < 24; i++)
            for (int j = 0; j < 24; j++) {
                int32_t via = fw[i][k] + fw[k][j];
                fw[i][j] = via < fw[i][j] ? via : fw[i][j];
            }
    for (int i = 0; i < 24; i++) for (int j = 0; j < 24; j++) h = h * 7 + (uint32_t)fw[i][j];
    /* union-find components over the first 150 edges */
    for (int i = 0; i < V; i++) parent[i] = i;
    for (int i = 0; i < 150; i++) { int a = find(edge_from[i]), b = find(edge_to[i]); if (a != b) parent[a] = b; }
    int components = 0;
    for (int i = 0; i < V; i++) components += find(i) == i;
    return (long long)(h * 1000 + (uint64_t)components);
}
