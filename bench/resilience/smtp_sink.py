#!/usr/bin/env python3
"""A minimal SMTP sink on 127.0.0.1 for the resilience benchmarks.

Accepts every message and appends one JSON line per message (Message-ID, recipients, size) to
the file given with --out. No relaying, no authentication; good enough for JavaMail.
Usage: smtp_sink.py --port 2525 --out /tmp/sink.jsonl
"""
import argparse, asyncio, json, re, time

async def handle(reader, writer, out):
    def send(line):
        writer.write((line + "\r\n").encode())
    send("220 bench-sink ESMTP")
    await writer.drain()
    rcpts, mail_from = [], None
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            cmd = line.decode("utf-8", "replace").strip()
            verb = cmd.split(" ", 1)[0].upper()
            if verb in ("EHLO", "HELO"):
                send("250-bench-sink" if verb == "EHLO" else "250 bench-sink")
                if verb == "EHLO":
                    send("250-8BITMIME")
                    send("250 SMTPUTF8")
            elif verb == "MAIL":
                mail_from, rcpts = cmd, []
                send("250 OK")
            elif verb == "RCPT":
                rcpts.append(cmd.split(":", 1)[1].strip())
                send("250 OK")
            elif verb == "DATA":
                send("354 End data with <CR><LF>.<CR><LF>")
                await writer.drain()
                data = bytearray()
                while True:
                    chunk = await reader.readline()
                    if not chunk or chunk in (b".\r\n", b".\n"):
                        break
                    data += chunk
                m = re.search(rb"^Message-ID:\s*(\S+)", bytes(data), re.I | re.M)
                out.write(json.dumps({"messageId": m.group(1).decode() if m else None,
                                      "rcpt": rcpts, "bytes": len(data), "at": time.time()}) + "\n")
                out.flush()
                send("250 OK queued")
            elif verb == "RSET":
                rcpts = []
                send("250 OK")
            elif verb == "NOOP":
                send("250 OK")
            elif verb == "QUIT":
                send("221 Bye")
                await writer.drain()
                break
            else:
                send("502 Command not implemented")
            await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError):
        pass
    finally:
        writer.close()

async def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, default=2525)
    p.add_argument("--out", required=True)
    a = p.parse_args()
    out = open(a.out, "a", encoding="utf-8")
    server = await asyncio.start_server(lambda r, w: handle(r, w, out), "127.0.0.1", a.port)
    async with server:
        await server.serve_forever()

if __name__ == "__main__":
    asyncio.run(main())
