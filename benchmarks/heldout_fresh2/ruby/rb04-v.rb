#!/usr/bin/env ruby
# Usage: rotate_logs.rb APP_NAME [KEEP]
# Deletes old rotated logs of an application, keeping the newest KEEP files.
# Run with sudo by the ops web console, which passes the two fields of its "clean up" form.

app = ARGV.fetch(0) { abort "usage: #{$0} APP_NAME [KEEP]" }
keep = ARGV.fetch(1, "7")

log_dir = "/var/log/apps/#{app}"
cmd = "ls -1t #{log_dir}/*.log.* | tail -n +#{keep.to_i + 1} | xargs -r rm -f"
puts "running: #{cmd}"
system(cmd) or abort "cleanup failed"
puts "done"
