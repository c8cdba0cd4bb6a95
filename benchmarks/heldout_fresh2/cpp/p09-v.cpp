// Job intake: parse a submitted job from the request body and hand it to the worker queue.
#include <iostream>
#include <memory>
#include <mutex>
#include <queue>
#include <string>

struct Job {
    std::string id;
    std::string payload;
};

class WorkQueue {
public:
    void push(std::unique_ptr<Job> j) {
        std::lock_guard<std::mutex> lk(m_);
        q_.push(std::move(j));
    }
private:
    std::mutex m_;
    std::queue<std::unique_ptr<Job>> q_;
};

std::string submit_job(WorkQueue& queue, const std::string& body) {
    auto job = std::make_unique<Job>();
    auto sep = body.find('\n');
    job->id = body.substr(0, sep);
    job->payload = sep == std::string::npos ? "" : body.substr(sep + 1);

    queue.push(std::move(job));
    std::clog << "queued job " << job->id << " (" << job->payload.size() << " bytes)\n";
    return "{\"queued\":\"" + job->id + "\"}";
}
