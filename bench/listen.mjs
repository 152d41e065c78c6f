// What every synthetic server of the benchmarks returns once it listens on loopback: its URL,
// request counts by kind, and a close that drops kept-alive connections.
export async function listening(server, requests) {
  server.keepAliveTimeout = 5000
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests,
    resetCounts: () => requests.clear(),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.()
        server.close(() => resolve())
      }),
  }
}
