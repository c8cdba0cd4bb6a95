#!/usr/bin/env ruby
# Usage: rotate_logs.rb APP_NAME [KEEP]
# Deletes old rotated logs of an application, keeping the newest KEEP files.
# Run with sudo by the ops web console, which passes the two fields of its "clean up" form.

app = ARGV.fetch(0) { abort "usage: #{$0} APP_NAME [KEEP]" }
keep = Integer(ARGV.fetch(1, "7"), exception: false) or abort "KEEP must be a number"
abort "APP_NAME may only contain letters, digits, - and _" unless app.match?(/\A[a-z0-9_-]+\z/i)

log_dir = "/var/log/apps/#{app}"
cmd = "ls -1t #{log_dir}/*.log.* | tail -n +#{keep + 1} | xargs -r rm -f"
puts "running: #{cmd}"
system(cmd) or abort "cleanup failed"
puts "done"
